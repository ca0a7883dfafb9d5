// kernel k32c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t285: array<f32>;
@group(0) @binding(2) var<storage, read_write> t290: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_rest_0_fc_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t294: array<f32>;
@group(0) @binding(5) var<storage, read> t172: array<f32>;
@group(0) @binding(6) var<storage, read> t171: array<f32>;
@group(0) @binding(7) var<storage, read_write> t299: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l286: f32 = p_optim_m_rest_0_fc_b[i];
    let v288: f32 = l286 * 0.9f;
    let x285: f32 = t285[i];
    let v289: f32 = x285 * 0.1f;
    let v290: f32 = v288 + v289;
    t290[i] = v290;
    let l287: f32 = p_optim_v_rest_0_fc_b[i];
    let v291: f32 = l287 * 0.95f;
    let v292: f32 = x285 * x285;
    let v293: f32 = v292 * 0.05f;
    let v294: f32 = v291 + v293;
    t294[i] = v294;
    let v295: f32 = sqrt(v294);
    let l250: f32 = t172[0i];
    let v296: f32 = v295 / l250;
    let v297: f32 = v296 + 1e-8f;
    let v298: f32 = v290 / v297;
    let l256: f32 = t171[0i];
    let v299: f32 = v298 * l256;
    t299[i] = v299;
  }
}
