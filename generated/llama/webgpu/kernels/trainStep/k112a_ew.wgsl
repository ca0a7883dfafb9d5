// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t443: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t651: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t657: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t662: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l645: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v648: f32 = l645 * 0.9f;
  let l443: f32 = t443[i];
  let l643: f32 = t572[0i];
  let v644: f32 = l443 * l643;
  let v650: f32 = v644 * 0.1f;
  let v651: f32 = v648 + v650;
  t651[i] = v651;
  let l646: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v653: f32 = l646 * 0.95f;
  let v654: f32 = v644 * v644;
  let v656: f32 = v654 * 0.05f;
  let v657: f32 = v653 + v656;
  t657[i] = v657;
  let v658: f32 = sqrt(v657);
  let l659: f32 = t582[0i];
  let v660: f32 = v658 / l659;
  let v662: f32 = v660 + 1e-8f;
  t662[i] = v662;
}
