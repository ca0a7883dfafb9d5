// kernel k126b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read> t768: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t779: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l773: f32 = t771[0i];
  let v774: f32 = l0 * l773;
  let x756: f32 = t756[i];
  let x768: f32 = t768[i];
  let v775: f32 = x756 / x768;
  let l777: f32 = t745[0i];
  let v778: f32 = v775 * l777;
  let v779: f32 = v774 - v778;
  t779[i] = v779;
}
