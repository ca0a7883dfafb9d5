// kernel k199h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_w_out: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1524: array<f32>;
@group(0) @binding(3) var<storage, read> t1531: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1535: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l29: f32 = p_blocks_1_ffn_w_out[i];
  let l1283: f32 = t1021[0i];
  let v1532: f32 = l29 * l1283;
  let x1524: f32 = t1524[i];
  let x1531: f32 = t1531[i];
  let v1533: f32 = x1524 / x1531;
  let l1286: f32 = t995[0i];
  let v1534: f32 = v1533 * l1286;
  let v1535: f32 = v1532 - v1534;
  t1535[i] = v1535;
}
