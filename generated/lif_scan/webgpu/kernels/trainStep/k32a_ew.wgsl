// kernel k32a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t106: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read_write> t241: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t247: array<f32>;
@group(0) @binding(6) var<storage, read> t172: array<f32>;
@group(0) @binding(7) var<storage, read_write> t254: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l235: f32 = p_optim_m_first_fc_b[i];
    let v238: f32 = l235 * 0.9f;
    let l107: f32 = t106[i];
    let l233: f32 = t162[0i];
    let v234: f32 = l107 * l233;
    let v240: f32 = v234 * 0.1f;
    let v241: f32 = v238 + v240;
    t241[i] = v241;
    let l236: f32 = p_optim_v_first_fc_b[i];
    let v243: f32 = l236 * 0.95f;
    let v244: f32 = v234 * v234;
    let v246: f32 = v244 * 0.05f;
    let v247: f32 = v243 + v246;
    t247[i] = v247;
    let v248: f32 = sqrt(v247);
    let l250: f32 = t172[0i];
    let v251: f32 = v248 / l250;
    let v253: f32 = v251 + 1e-8f;
    let v254: f32 = v241 / v253;
    t254[i] = v254;
  }
}
