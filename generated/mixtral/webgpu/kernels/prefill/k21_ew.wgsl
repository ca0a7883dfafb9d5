// kernel k21_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t148: array<f32>;
@group(0) @binding(1) var<storage, read_write> t154: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l148: f32 = t148[i];
    let v152: f32 = l148 / 2.0f;
    let v153: f32 = floor(v152);
    let v154: f32 = select(floor(v153), -floor(-v153), v153 < 0.0f);
    t154[i] = v154;
  }
}
