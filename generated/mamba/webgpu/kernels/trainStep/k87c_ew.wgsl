// kernel k87c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mixer_dt_b: array<f32>;
@group(0) @binding(1) var<storage, read> t761: array<f32>;
@group(0) @binding(2) var<storage, read_write> t766: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mixer_dt_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t770: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read> t571: array<f32>;
@group(0) @binding(7) var<storage, read_write> t775: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l762: f32 = p_optim_m_layers_0_mixer_dt_b[i];
    let v764: f32 = l762 * 0.9f;
    let x761: f32 = t761[i];
    let v765: f32 = x761 * 0.1f;
    let v766: f32 = v764 + v765;
    t766[i] = v766;
    let l763: f32 = p_optim_v_layers_0_mixer_dt_b[i];
    let v767: f32 = l763 * 0.95f;
    let v768: f32 = x761 * x761;
    let v769: f32 = v768 * 0.05f;
    let v770: f32 = v767 + v769;
    t770[i] = v770;
    let v771: f32 = sqrt(v770);
    let l701: f32 = t572[0i];
    let v772: f32 = v771 / l701;
    let v773: f32 = v772 + 1e-8f;
    let v774: f32 = v766 / v773;
    let l706: f32 = t571[0i];
    let v775: f32 = v774 * l706;
    t775[i] = v775;
  }
}
