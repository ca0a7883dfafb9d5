// kernel k111c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t720: array<f32>;
@group(0) @binding(2) var<storage, read_write> t725: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t729: array<f32>;
@group(0) @binding(5) var<storage, read> t582: array<f32>;
@group(0) @binding(6) var<storage, read> t581: array<f32>;
@group(0) @binding(7) var<storage, read_write> t734: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l721: f32 = p_optim_m_layers_0_mlp_norm_g[i];
    let v723: f32 = l721 * 0.9f;
    let x720: f32 = t720[i];
    let v724: f32 = x720 * 0.1f;
    let v725: f32 = v723 + v724;
    t725[i] = v725;
    let l722: f32 = p_optim_v_layers_0_mlp_norm_g[i];
    let v726: f32 = l722 * 0.95f;
    let v727: f32 = x720 * x720;
    let v728: f32 = v727 * 0.05f;
    let v729: f32 = v726 + v728;
    t729[i] = v729;
    let v730: f32 = sqrt(v729);
    let l634: f32 = t582[0i];
    let v731: f32 = v730 / l634;
    let v732: f32 = v731 + 1e-8f;
    let v733: f32 = v725 / v732;
    let l640: f32 = t581[0i];
    let v734: f32 = v733 * l640;
    t734[i] = v734;
  }
}
