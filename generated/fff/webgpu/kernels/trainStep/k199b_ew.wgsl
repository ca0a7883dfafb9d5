// kernel k199b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_w_in: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1271: array<f32>;
@group(0) @binding(3) var<storage, read> t1282: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1288: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_blocks_0_ffn_w_in[i];
  let l1283: f32 = t1021[0i];
  let v1284: f32 = l14 * l1283;
  let x1271: f32 = t1271[i];
  let x1282: f32 = t1282[i];
  let v1285: f32 = x1271 / x1282;
  let l1286: f32 = t995[0i];
  let v1287: f32 = v1285 * l1286;
  let v1288: f32 = v1284 - v1287;
  t1288[i] = v1288;
}
