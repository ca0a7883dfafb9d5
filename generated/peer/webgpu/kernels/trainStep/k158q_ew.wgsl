// kernel k158q_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1230: array<f32>;
@group(0) @binding(2) var<storage, read> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1232: array<f32>;
@group(0) @binding(4) var<storage, read> t461: array<f32>;
@group(0) @binding(5) var<storage, read> t808: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1250: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l20: f32 = p_blocks_1_ln1_b[i];
    let x1230: f32 = t1230[i];
    let l902: f32 = t817[0i];
    let v1231: f32 = x1230 * l902;
    let v1232: f32 = l20 - v1231;
    t1232[i] = v1232;
    let l462: f32 = t461[i];
    let l879: f32 = t808[0i];
    let v1250: f32 = l462 * l879;
    t1250[i] = v1250;
  }
}
