// kernel k36a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t71: array<f32>;
@group(0) @binding(2) var<storage, read> t169: array<f32>;
@group(0) @binding(3) var<storage, read_write> t342: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t348: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t354: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l336: f32 = p_optim_m_head_b[i];
  let v339: f32 = l336 * 0.9f;
  let l72: f32 = t71[i];
  let l334: f32 = t169[0i];
  let v335: f32 = l72 * l334;
  let v341: f32 = v335 * 0.1f;
  let v342: f32 = v339 + v341;
  t342[i] = v342;
  let l337: f32 = p_optim_v_head_b[i];
  let v344: f32 = l337 * 0.95f;
  let v345: f32 = v335 * v335;
  let v347: f32 = v345 * 0.05f;
  let v348: f32 = v344 + v347;
  t348[i] = v348;
  let v349: f32 = sqrt(v348);
  let l350: f32 = t179[0i];
  let v351: f32 = v349 / l350;
  let v353: f32 = v351 + 1e-8f;
  let v354: f32 = v342 / v353;
  t354[i] = v354;
}
