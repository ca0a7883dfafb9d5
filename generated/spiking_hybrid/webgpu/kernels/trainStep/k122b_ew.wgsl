// kernel k122b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t687: array<f32>;
@group(0) @binding(2) var<storage, read> t672: array<f32>;
@group(0) @binding(3) var<storage, read> t684: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read_write> t695: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l689: f32 = t687[0i];
  let v690: f32 = l0 * l689;
  let x672: f32 = t672[i];
  let x684: f32 = t684[i];
  let v691: f32 = x672 / x684;
  let l693: f32 = t661[0i];
  let v694: f32 = v691 * l693;
  let v695: f32 = v690 - v694;
  t695[i] = v695;
}
