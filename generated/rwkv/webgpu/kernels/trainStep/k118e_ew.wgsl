// kernel k118e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t513: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1289: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1293: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1296: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1285: f32 = p_optim_m_blocks_0_ffn_value_w[i];
  let v1287: f32 = l1285 * 0.9f;
  let l513: f32 = t513[i];
  let l913: f32 = t901[0i];
  let v1284: f32 = l513 * l913;
  let v1288: f32 = v1284 * 0.1f;
  let v1289: f32 = v1287 + v1288;
  t1289[i] = v1289;
  let l1286: f32 = p_optim_v_blocks_0_ffn_value_w[i];
  let v1290: f32 = l1286 * 0.95f;
  let v1291: f32 = v1284 * v1284;
  let v1292: f32 = v1291 * 0.05f;
  let v1293: f32 = v1290 + v1292;
  t1293[i] = v1293;
  let v1294: f32 = sqrt(v1293);
  let l930: f32 = t911[0i];
  let v1295: f32 = v1294 / l930;
  let v1296: f32 = v1295 + 1e-8f;
  t1296[i] = v1296;
}
