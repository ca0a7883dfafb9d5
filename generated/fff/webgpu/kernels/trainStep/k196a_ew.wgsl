// kernel k196a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t833: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1006: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1012: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1018: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k196a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1000: f32 = p_optim_m_wte_w[i];
  let v1003: f32 = l1000 * 0.9f;
  let l833: f32 = t833[i];
  let l998: f32 = t986[0i];
  let v999: f32 = l833 * l998;
  let v1005: f32 = v999 * 0.1f;
  let v1006: f32 = v1003 + v1005;
  t1006[i] = v1006;
  let l1001: f32 = p_optim_v_wte_w[i];
  let v1008: f32 = l1001 * 0.95f;
  let v1009: f32 = v999 * v999;
  let v1011: f32 = v1009 * 0.05f;
  let v1012: f32 = v1008 + v1011;
  t1012[i] = v1012;
  let v1013: f32 = sqrt(v1012);
  let l1015: f32 = t996[0i];
  let v1016: f32 = v1013 / l1015;
  let v1018: f32 = v1016 + 1e-8f;
  t1018[i] = v1018;
}
