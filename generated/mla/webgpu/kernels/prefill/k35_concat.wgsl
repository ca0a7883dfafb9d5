// kernel k35_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t215: array<f32>;
@group(0) @binding(1) var<storage, read_write> t221: array<f32>;
@group(0) @binding(2) var<storage, read> t219: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 2i < 1i) {
    let l216: f32 = t215[i / 8i * 4i + i / 2i % 4i];
    t221[i] = l216;
  } else {
    let l220: f32 = t219[i / 8i * 4i + i / 2i % 4i];
    t221[i] = l220;
  }
}
