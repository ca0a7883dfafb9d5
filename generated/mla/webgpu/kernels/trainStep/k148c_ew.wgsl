// kernel k148c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t296: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1314: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1320: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1325: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k148c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1308: f32 = p_optim_m_head_w[i];
  let v1311: f32 = l1308 * 0.9f;
  let l296: f32 = t296[i];
  let l1306: f32 = t756[0i];
  let v1307: f32 = l296 * l1306;
  let v1313: f32 = v1307 * 0.1f;
  let v1314: f32 = v1311 + v1313;
  t1314[i] = v1314;
  let l1309: f32 = p_optim_v_head_w[i];
  let v1316: f32 = l1309 * 0.95f;
  let v1317: f32 = v1307 * v1307;
  let v1319: f32 = v1317 * 0.05f;
  let v1320: f32 = v1316 + v1319;
  t1320[i] = v1320;
  let v1321: f32 = sqrt(v1320);
  let l1322: f32 = t766[0i];
  let v1323: f32 = v1321 / l1322;
  let v1325: f32 = v1323 + 1e-8f;
  t1325[i] = v1325;
}
