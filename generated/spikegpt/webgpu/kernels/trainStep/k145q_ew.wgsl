// kernel k145q_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1284: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1286: array<f32>;
@group(0) @binding(4) var<storage, read> t632: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1287: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l14: f32 = p_blocks_0_ln2_g[i];
    let x1284: f32 = t1284[i];
    let l1063: f32 = t1004[0i];
    let v1285: f32 = x1284 * l1063;
    let v1286: f32 = l14 - v1285;
    t1286[i] = v1286;
    let l633: f32 = t632[i];
    let l1040: f32 = t995[0i];
    let v1287: f32 = l633 * l1040;
    t1287[i] = v1287;
  }
}
