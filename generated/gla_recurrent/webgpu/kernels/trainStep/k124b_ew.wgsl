// kernel k124b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read> t756: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t762: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l757: f32 = t701[0i];
  let v758: f32 = l2 * l757;
  let x745: f32 = t745[i];
  let x756: f32 = t756[i];
  let v759: f32 = x745 / x756;
  let l760: f32 = t675[0i];
  let v761: f32 = v759 * l760;
  let v762: f32 = v758 - v761;
  t762[i] = v762;
}
