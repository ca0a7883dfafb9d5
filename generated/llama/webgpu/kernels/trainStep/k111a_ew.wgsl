// kernel k111a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t458: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t635: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t641: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t648: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l629: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v632: f32 = l629 * 0.9f;
    let l459: f32 = t458[i];
    let l627: f32 = t582[0i];
    let v628: f32 = l459 * l627;
    let v634: f32 = v628 * 0.1f;
    let v635: f32 = v632 + v634;
    t635[i] = v635;
    let l630: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v637: f32 = l630 * 0.95f;
    let v638: f32 = v628 * v628;
    let v640: f32 = v638 * 0.05f;
    let v641: f32 = v637 + v640;
    t641[i] = v641;
    let v642: f32 = sqrt(v641);
    let l644: f32 = t592[0i];
    let v645: f32 = v642 / l644;
    let v647: f32 = v645 + 1e-8f;
    let v648: f32 = v635 / v647;
    t648[i] = v648;
  }
}
