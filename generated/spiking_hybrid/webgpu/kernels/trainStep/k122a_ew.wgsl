// kernel k122a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t543: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t672: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t678: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t684: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l666: f32 = p_optim_m_tok_w[i];
  let v669: f32 = l666 * 0.9f;
  let l543: f32 = t543[i];
  let l664: f32 = t652[0i];
  let v665: f32 = l543 * l664;
  let v671: f32 = v665 * 0.1f;
  let v672: f32 = v669 + v671;
  t672[i] = v672;
  let l667: f32 = p_optim_v_tok_w[i];
  let v674: f32 = l667 * 0.95f;
  let v675: f32 = v665 * v665;
  let v677: f32 = v675 * 0.05f;
  let v678: f32 = v674 + v677;
  t678[i] = v678;
  let v679: f32 = sqrt(v678);
  let l681: f32 = t662[0i];
  let v682: f32 = v679 / l681;
  let v684: f32 = v682 + 1e-8f;
  t684[i] = v684;
}
