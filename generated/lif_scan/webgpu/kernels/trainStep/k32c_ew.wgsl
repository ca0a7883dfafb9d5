// kernel k32c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t94: array<f32>;
@group(0) @binding(2) var<storage, read> t169: array<f32>;
@group(0) @binding(3) var<storage, read_write> t274: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_rest_0_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t280: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t285: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l268: f32 = p_optim_m_rest_0_fc_w[i];
  let v271: f32 = l268 * 0.9f;
  let l94: f32 = t94[i];
  let l266: f32 = t169[0i];
  let v267: f32 = l94 * l266;
  let v273: f32 = v267 * 0.1f;
  let v274: f32 = v271 + v273;
  t274[i] = v274;
  let l269: f32 = p_optim_v_rest_0_fc_w[i];
  let v276: f32 = l269 * 0.95f;
  let v277: f32 = v267 * v267;
  let v279: f32 = v277 * 0.05f;
  let v280: f32 = v276 + v279;
  t280[i] = v280;
  let v281: f32 = sqrt(v280);
  let l282: f32 = t179[0i];
  let v283: f32 = v281 / l282;
  let v285: f32 = v283 + 1e-8f;
  t285[i] = v285;
}
