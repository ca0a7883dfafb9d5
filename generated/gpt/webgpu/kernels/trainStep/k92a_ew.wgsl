// kernel k92a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t467: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t656: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t662: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t668: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l650: f32 = p_optim_m_wte_w[i];
  let v653: f32 = l650 * 0.9f;
  let l467: f32 = t467[i];
  let l648: f32 = t636[0i];
  let v649: f32 = l467 * l648;
  let v655: f32 = v649 * 0.1f;
  let v656: f32 = v653 + v655;
  t656[i] = v656;
  let l651: f32 = p_optim_v_wte_w[i];
  let v658: f32 = l651 * 0.95f;
  let v659: f32 = v649 * v649;
  let v661: f32 = v659 * 0.05f;
  let v662: f32 = v658 + v661;
  t662[i] = v662;
  let v663: f32 = sqrt(v662);
  let l665: f32 = t646[0i];
  let v666: f32 = v663 / l665;
  let v668: f32 = v666 + 1e-8f;
  t668[i] = v668;
}
