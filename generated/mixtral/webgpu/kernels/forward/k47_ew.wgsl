// kernel k47_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t264: array<f32>;
@group(0) @binding(1) var<storage, read_write> t269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l264: f32 = t264[i];
    let v267: f32 = l264 / 2.0f;
    let v268: f32 = floor(v267);
    let v269: f32 = select(floor(v268), -floor(-v268), v268 < 0.0f);
    t269[i] = v269;
  }
}
