// kernel k158aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1394: array<f32>;
@group(0) @binding(2) var<storage, read> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1396: array<f32>;
@group(0) @binding(4) var<storage, read> t331: array<f32>;
@group(0) @binding(5) var<storage, read> t808: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1482: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l30: f32 = p_blocks_1_ln2_b[i];
    let x1394: f32 = t1394[i];
    let l902: f32 = t817[0i];
    let v1395: f32 = x1394 * l902;
    let v1396: f32 = l30 - v1395;
    t1396[i] = v1396;
    let l332: f32 = t331[i];
    let l879: f32 = t808[0i];
    let v1482: f32 = l332 * l879;
    t1482[i] = v1482;
  }
}
