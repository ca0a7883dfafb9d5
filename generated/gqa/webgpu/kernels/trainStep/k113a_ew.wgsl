// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t464: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t641: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t647: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t654: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l635: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v638: f32 = l635 * 0.9f;
    let l465: f32 = t464[i];
    let l633: f32 = t588[0i];
    let v634: f32 = l465 * l633;
    let v640: f32 = v634 * 0.1f;
    let v641: f32 = v638 + v640;
    t641[i] = v641;
    let l636: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v643: f32 = l636 * 0.95f;
    let v644: f32 = v634 * v634;
    let v646: f32 = v644 * 0.05f;
    let v647: f32 = v643 + v646;
    t647[i] = v647;
    let v648: f32 = sqrt(v647);
    let l650: f32 = t598[0i];
    let v651: f32 = v648 / l650;
    let v653: f32 = v651 + 1e-8f;
    let v654: f32 = v641 / v653;
    t654[i] = v654;
  }
}
