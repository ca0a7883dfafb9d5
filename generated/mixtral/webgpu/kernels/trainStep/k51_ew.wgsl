// kernel k51_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t276: array<f32>;
@group(0) @binding(1) var<storage, read_write> t277: array<f32>;
@group(0) @binding(2) var<storage, read_write> t278: array<f32>;
@group(0) @binding(3) var<storage, read> t279: array<f32>;
@group(0) @binding(4) var<storage, read_write> t280: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l276: f32 = t276[i];
  let v277: f32 = 1.0f / (1.0f + exp(min(-l276, 88.0f)));
  t277[i] = v277;
  let v278: f32 = l276 * v277;
  t278[i] = v278;
  let l279: f32 = t279[i];
  let v280: f32 = v278 * l279;
  t280[i] = v280;
}
