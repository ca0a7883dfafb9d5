// kernel k62_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t323: array<f32>;
@group(0) @binding(1) var<storage, read_write> t328: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k62_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l323: f32 = t323[i];
    let v326: f32 = l323 / 2.0f;
    let v327: f32 = floor(v326);
    let v328: f32 = select(floor(v327), -floor(-v327), v327 < 0.0f);
    t328[i] = v328;
  }
}
