// kernel k85a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t425: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t615: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t621: array<f32>;
@group(0) @binding(6) var<storage, read> t572: array<f32>;
@group(0) @binding(7) var<storage, read_write> t628: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k85a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l609: f32 = p_optim_m_layers_0_norm_g[i];
    let v612: f32 = l609 * 0.9f;
    let l426: f32 = t425[i];
    let l607: f32 = t562[0i];
    let v608: f32 = l426 * l607;
    let v614: f32 = v608 * 0.1f;
    let v615: f32 = v612 + v614;
    t615[i] = v615;
    let l610: f32 = p_optim_v_layers_0_norm_g[i];
    let v617: f32 = l610 * 0.95f;
    let v618: f32 = v608 * v608;
    let v620: f32 = v618 * 0.05f;
    let v621: f32 = v617 + v620;
    t621[i] = v621;
    let v622: f32 = sqrt(v621);
    let l624: f32 = t572[0i];
    let v625: f32 = v622 / l624;
    let v627: f32 = v625 + 1e-8f;
    let v628: f32 = v615 / v627;
    t628[i] = v628;
  }
}
