// kernel k111a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t460: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t637: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t643: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t650: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l631: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v634: f32 = l631 * 0.9f;
    let l461: f32 = t460[i];
    let l629: f32 = t584[0i];
    let v630: f32 = l461 * l629;
    let v636: f32 = v630 * 0.1f;
    let v637: f32 = v634 + v636;
    t637[i] = v637;
    let l632: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v639: f32 = l632 * 0.95f;
    let v640: f32 = v630 * v630;
    let v642: f32 = v640 * 0.05f;
    let v643: f32 = v639 + v642;
    t643[i] = v643;
    let v644: f32 = sqrt(v643);
    let l646: f32 = t594[0i];
    let v647: f32 = v644 / l646;
    let v649: f32 = v647 + 1e-8f;
    let v650: f32 = v637 / v649;
    t650[i] = v650;
  }
}
