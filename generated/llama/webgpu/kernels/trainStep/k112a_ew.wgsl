// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t519: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t648: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t654: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t660: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l642: f32 = p_optim_m_tok_w[i];
  let v645: f32 = l642 * 0.9f;
  let l519: f32 = t519[i];
  let l640: f32 = t628[0i];
  let v641: f32 = l519 * l640;
  let v647: f32 = v641 * 0.1f;
  let v648: f32 = v645 + v647;
  t648[i] = v648;
  let l643: f32 = p_optim_v_tok_w[i];
  let v650: f32 = l643 * 0.95f;
  let v651: f32 = v641 * v641;
  let v653: f32 = v651 * 0.05f;
  let v654: f32 = v650 + v653;
  t654[i] = v654;
  let v655: f32 = sqrt(v654);
  let l657: f32 = t638[0i];
  let v658: f32 = v655 / l657;
  let v660: f32 = v658 + 1e-8f;
  t660[i] = v660;
}
