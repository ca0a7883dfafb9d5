// kernel k30_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read_write> t207: array<f32>;
@group(0) @binding(2) var<storage, read> t205: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 2i < 1i) {
    let l202: f32 = t201[i / 1024i * 512i + i / 16i % 64i * 8i + i / 2i % 8i];
    t207[i] = l202;
  } else {
    let l206: f32 = t205[i / 1024i * 512i + i / 16i % 64i * 8i + i / 2i % 8i];
    t207[i] = l206;
  }
}
