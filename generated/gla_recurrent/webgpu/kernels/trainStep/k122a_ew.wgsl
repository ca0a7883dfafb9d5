// kernel k122a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t510: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t686: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t692: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t698: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l680: f32 = p_optim_m_tok_w[i];
  let v683: f32 = l680 * 0.9f;
  let l510: f32 = t510[i];
  let l678: f32 = t666[0i];
  let v679: f32 = l510 * l678;
  let v685: f32 = v679 * 0.1f;
  let v686: f32 = v683 + v685;
  t686[i] = v686;
  let l681: f32 = p_optim_v_tok_w[i];
  let v688: f32 = l681 * 0.95f;
  let v689: f32 = v679 * v679;
  let v691: f32 = v689 * 0.05f;
  let v692: f32 = v688 + v691;
  t692[i] = v692;
  let v693: f32 = sqrt(v692);
  let l695: f32 = t676[0i];
  let v696: f32 = v693 / l695;
  let v698: f32 = v696 + 1e-8f;
  t698[i] = v698;
}
