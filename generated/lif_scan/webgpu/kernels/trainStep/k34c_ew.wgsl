// kernel k34c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t292: array<f32>;
@group(0) @binding(2) var<storage, read_write> t297: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_rest_0_fc_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t301: array<f32>;
@group(0) @binding(5) var<storage, read> t179: array<f32>;
@group(0) @binding(6) var<storage, read> t178: array<f32>;
@group(0) @binding(7) var<storage, read_write> t306: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l293: f32 = p_optim_m_rest_0_fc_b[i];
    let v295: f32 = l293 * 0.9f;
    let x292: f32 = t292[i];
    let v296: f32 = x292 * 0.1f;
    let v297: f32 = v295 + v296;
    t297[i] = v297;
    let l294: f32 = p_optim_v_rest_0_fc_b[i];
    let v298: f32 = l294 * 0.95f;
    let v299: f32 = x292 * x292;
    let v300: f32 = v299 * 0.05f;
    let v301: f32 = v298 + v300;
    t301[i] = v301;
    let v302: f32 = sqrt(v301);
    let l257: f32 = t179[0i];
    let v303: f32 = v302 / l257;
    let v304: f32 = v303 + 1e-8f;
    let v305: f32 = v297 / v304;
    let l263: f32 = t178[0i];
    let v306: f32 = v305 * l263;
    t306[i] = v306;
  }
}
