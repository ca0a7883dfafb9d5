// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t462: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t639: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t645: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t652: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l633: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v636: f32 = l633 * 0.9f;
    let l463: f32 = t462[i];
    let l631: f32 = t586[0i];
    let v632: f32 = l463 * l631;
    let v638: f32 = v632 * 0.1f;
    let v639: f32 = v636 + v638;
    t639[i] = v639;
    let l634: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v641: f32 = l634 * 0.95f;
    let v642: f32 = v632 * v632;
    let v644: f32 = v642 * 0.05f;
    let v645: f32 = v641 + v644;
    t645[i] = v645;
    let v646: f32 = sqrt(v645);
    let l648: f32 = t596[0i];
    let v649: f32 = v646 / l648;
    let v651: f32 = v649 + 1e-8f;
    let v652: f32 = v639 / v651;
    t652[i] = v652;
  }
}
