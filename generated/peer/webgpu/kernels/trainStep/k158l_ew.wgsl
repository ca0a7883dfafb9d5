// kernel k158l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1066: array<f32>;
@group(0) @binding(2) var<storage, read> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1068: array<f32>;
@group(0) @binding(4) var<storage, read> t549: array<f32>;
@group(0) @binding(5) var<storage, read> t808: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1069: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_blocks_0_ln2_g[i];
    let x1066: f32 = t1066[i];
    let l902: f32 = t817[0i];
    let v1067: f32 = x1066 * l902;
    let v1068: f32 = l12 - v1067;
    t1068[i] = v1068;
    let l550: f32 = t549[i];
    let l879: f32 = t808[0i];
    let v1069: f32 = l550 * l879;
    t1069[i] = v1069;
  }
}
