// kernel k122b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t686: array<f32>;
@group(0) @binding(3) var<storage, read> t698: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t709: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l703: f32 = t701[0i];
  let v704: f32 = l0 * l703;
  let x686: f32 = t686[i];
  let x698: f32 = t698[i];
  let v705: f32 = x686 / x698;
  let l707: f32 = t675[0i];
  let v708: f32 = v705 * l707;
  let v709: f32 = v704 - v708;
  t709[i] = v709;
}
