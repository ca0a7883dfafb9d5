// kernel k199f_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_w_in: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1507: array<f32>;
@group(0) @binding(3) var<storage, read> t1514: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1518: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l28: f32 = p_blocks_1_ffn_w_in[i];
  let l1283: f32 = t1021[0i];
  let v1515: f32 = l28 * l1283;
  let x1507: f32 = t1507[i];
  let x1514: f32 = t1514[i];
  let v1516: f32 = x1507 / x1514;
  let l1286: f32 = t995[0i];
  let v1517: f32 = v1516 * l1286;
  let v1518: f32 = v1515 - v1517;
  t1518[i] = v1518;
}
