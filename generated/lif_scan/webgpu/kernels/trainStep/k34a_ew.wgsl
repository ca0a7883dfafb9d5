// kernel k34a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t64: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read_write> t335: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t341: array<f32>;
@group(0) @binding(6) var<storage, read> t172: array<f32>;
@group(0) @binding(7) var<storage, read_write> t347: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l329: f32 = p_optim_m_head_b[i];
  let v332: f32 = l329 * 0.9f;
  let l65: f32 = t64[i];
  let l327: f32 = t162[0i];
  let v328: f32 = l65 * l327;
  let v334: f32 = v328 * 0.1f;
  let v335: f32 = v332 + v334;
  t335[i] = v335;
  let l330: f32 = p_optim_v_head_b[i];
  let v337: f32 = l330 * 0.95f;
  let v338: f32 = v328 * v328;
  let v340: f32 = v338 * 0.05f;
  let v341: f32 = v337 + v340;
  t341[i] = v341;
  let v342: f32 = sqrt(v341);
  let l343: f32 = t172[0i];
  let v344: f32 = v342 / l343;
  let v346: f32 = v344 + 1e-8f;
  let v347: f32 = v335 / v346;
  t347[i] = v347;
}
