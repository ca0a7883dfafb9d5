// kernel k34a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t113: array<f32>;
@group(0) @binding(2) var<storage, read> t169: array<f32>;
@group(0) @binding(3) var<storage, read_write> t248: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t254: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t261: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l242: f32 = p_optim_m_first_fc_b[i];
    let v245: f32 = l242 * 0.9f;
    let l114: f32 = t113[i];
    let l240: f32 = t169[0i];
    let v241: f32 = l114 * l240;
    let v247: f32 = v241 * 0.1f;
    let v248: f32 = v245 + v247;
    t248[i] = v248;
    let l243: f32 = p_optim_v_first_fc_b[i];
    let v250: f32 = l243 * 0.95f;
    let v251: f32 = v241 * v241;
    let v253: f32 = v251 * 0.05f;
    let v254: f32 = v250 + v253;
    t254[i] = v254;
    let v255: f32 = sqrt(v254);
    let l257: f32 = t179[0i];
    let v258: f32 = v255 / l257;
    let v260: f32 = v258 + 1e-8f;
    let v261: f32 = v248 / v260;
    t261[i] = v261;
  }
}
