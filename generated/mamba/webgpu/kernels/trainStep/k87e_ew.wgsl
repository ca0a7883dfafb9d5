// kernel k87e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_0_mixer_D: array<f32>;
@group(0) @binding(1) var<storage, read> t803: array<f32>;
@group(0) @binding(2) var<storage, read_write> t812: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_mixer_D: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read> t571: array<f32>;
@group(0) @binding(7) var<storage, read_write> t818: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k87e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l805: f32 = p_optim_v_layers_0_mixer_D[i];
    let v809: f32 = l805 * 0.95f;
    let x803: f32 = t803[i];
    let v810: f32 = x803 * x803;
    let v811: f32 = v810 * 0.05f;
    let v812: f32 = v809 + v811;
    t812[i] = v812;
    let l9: f32 = p_layers_0_mixer_D[i];
    let x808: f32 = t808[i];
    let v813: f32 = sqrt(v812);
    let l701: f32 = t572[0i];
    let v814: f32 = v813 / l701;
    let v815: f32 = v814 + 1e-8f;
    let v816: f32 = x808 / v815;
    let l706: f32 = t571[0i];
    let v817: f32 = v816 * l706;
    let v818: f32 = l9 - v817;
    t818[i] = v818;
  }
}
