// kernel k199a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_w_in: array<f32>;
@group(0) @binding(1) var<storage, read> t832: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1271: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_w_in: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1277: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1282: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k199a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1265: f32 = p_optim_m_blocks_0_ffn_w_in[i];
  let v1268: f32 = l1265 * 0.9f;
  let l832: f32 = t832[i];
  let l1263: f32 = t986[0i];
  let v1264: f32 = l832 * l1263;
  let v1270: f32 = v1264 * 0.1f;
  let v1271: f32 = v1268 + v1270;
  t1271[i] = v1271;
  let l1266: f32 = p_optim_v_blocks_0_ffn_w_in[i];
  let v1273: f32 = l1266 * 0.95f;
  let v1274: f32 = v1264 * v1264;
  let v1276: f32 = v1274 * 0.05f;
  let v1277: f32 = v1273 + v1276;
  t1277[i] = v1277;
  let v1278: f32 = sqrt(v1277);
  let l1279: f32 = t996[0i];
  let v1280: f32 = v1278 / l1279;
  let v1282: f32 = v1280 + 1e-8f;
  t1282[i] = v1282;
}
