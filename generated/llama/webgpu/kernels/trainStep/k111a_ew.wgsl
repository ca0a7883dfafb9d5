// kernel k111a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t448: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t625: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t631: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t638: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l619: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v622: f32 = l619 * 0.9f;
    let l449: f32 = t448[i];
    let l617: f32 = t572[0i];
    let v618: f32 = l449 * l617;
    let v624: f32 = v618 * 0.1f;
    let v625: f32 = v622 + v624;
    t625[i] = v625;
    let l620: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v627: f32 = l620 * 0.95f;
    let v628: f32 = v618 * v618;
    let v630: f32 = v628 * 0.05f;
    let v631: f32 = v627 + v630;
    t631[i] = v631;
    let v632: f32 = sqrt(v631);
    let l634: f32 = t582[0i];
    let v635: f32 = v632 / l634;
    let v637: f32 = v635 + 1e-8f;
    let v638: f32 = v625 / v637;
    t638[i] = v638;
  }
}
