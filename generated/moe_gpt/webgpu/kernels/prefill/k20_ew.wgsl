// kernel k20_ew (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t144: array<f32>;
@group(0) @binding(1) var<storage, read_write> t148: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l144: f32 = t144[i];
    let g: f32 = f32(i / 2i);
    let l147: f32 = g * 8.0f;
    let v148: f32 = l144 + l147;
    t148[i] = v148;
  }
}
