// kernel k113o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t351: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1244: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1248: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1251: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1240: f32 = p_optim_m_blocks_1_attn_wv_w[i];
  let v1242: f32 = l1240 * 0.9f;
  let l351: f32 = t351[i];
  let l745: f32 = t701[0i];
  let v1239: f32 = l351 * l745;
  let v1243: f32 = v1239 * 0.1f;
  let v1244: f32 = v1242 + v1243;
  t1244[i] = v1244;
  let l1241: f32 = p_optim_v_blocks_1_attn_wv_w[i];
  let v1245: f32 = l1241 * 0.95f;
  let v1246: f32 = v1239 * v1239;
  let v1247: f32 = v1246 * 0.05f;
  let v1248: f32 = v1245 + v1247;
  t1248[i] = v1248;
  let v1249: f32 = sqrt(v1248);
  let l761: f32 = t711[0i];
  let v1250: f32 = v1249 / l761;
  let v1251: f32 = v1250 + 1e-8f;
  t1251[i] = v1251;
}
