// kernel k157o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t452: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1304: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1308: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1311: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1300: f32 = p_optim_m_blocks_1_attn_wv_w[i];
  let v1302: f32 = l1300 * 0.9f;
  let l452: f32 = t452[i];
  let l852: f32 = t808[0i];
  let v1299: f32 = l452 * l852;
  let v1303: f32 = v1299 * 0.1f;
  let v1304: f32 = v1302 + v1303;
  t1304[i] = v1304;
  let l1301: f32 = p_optim_v_blocks_1_attn_wv_w[i];
  let v1305: f32 = l1301 * 0.95f;
  let v1306: f32 = v1299 * v1299;
  let v1307: f32 = v1306 * 0.05f;
  let v1308: f32 = v1305 + v1307;
  t1308[i] = v1308;
  let v1309: f32 = sqrt(v1308);
  let l868: f32 = t818[0i];
  let v1310: f32 = v1309 / l868;
  let v1311: f32 = v1310 + 1e-8f;
  t1311[i] = v1311;
}
