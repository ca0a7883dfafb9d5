// kernel k199d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_w_out: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1294: array<f32>;
@group(0) @binding(3) var<storage, read> t1301: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1305: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_blocks_0_ffn_w_out[i];
  let l1283: f32 = t1021[0i];
  let v1302: f32 = l15 * l1283;
  let x1294: f32 = t1294[i];
  let x1301: f32 = t1301[i];
  let v1303: f32 = x1294 / x1301;
  let l1286: f32 = t995[0i];
  let v1304: f32 = v1303 * l1286;
  let v1305: f32 = v1302 - v1304;
  t1305[i] = v1305;
}
