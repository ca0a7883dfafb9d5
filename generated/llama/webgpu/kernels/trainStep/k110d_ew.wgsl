// kernel k110d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t990: array<f32>;
@group(0) @binding(3) var<storage, read> t1001: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1007: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l1002: f32 = t617[0i];
  let v1003: f32 = l20 * l1002;
  let x990: f32 = t990[i];
  let x1001: f32 = t1001[i];
  let v1004: f32 = x990 / x1001;
  let l1005: f32 = t591[0i];
  let v1006: f32 = v1004 * l1005;
  let v1007: f32 = v1003 - v1006;
  t1007[i] = v1007;
}
