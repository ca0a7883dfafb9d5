// kernel k128l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1061: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1063: array<f32>;
@group(0) @binding(4) var<storage, read> t341: array<f32>;
@group(0) @binding(5) var<storage, read> t736: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1132: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_blocks_1_ln1_b[i];
    let x1061: f32 = t1061[i];
    let l830: f32 = t745[0i];
    let v1062: f32 = x1061 * l830;
    let v1063: f32 = l15 - v1062;
    t1063[i] = v1063;
    let l342: f32 = t341[i];
    let l807: f32 = t736[0i];
    let v1132: f32 = l342 * l807;
    t1132[i] = v1132;
  }
}
