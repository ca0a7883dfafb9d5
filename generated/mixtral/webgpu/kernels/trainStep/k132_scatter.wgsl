// kernel k132_scatter
@group(0) @binding(0) var<storage, read_write> t647: array<f32>;
@group(0) @binding(1) var<storage, read> t173: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read> t644: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k132_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l173: f32 = t173[j];
    if (i32(l173) == i / 64i) {
      let l636: f32 = t636[j * 64i + i % 64i];
      let l644: f32 = t644[j * 64i + i % 64i];
      let v646: f32 = l636 + l644;
      acc += v646;
    }
  }
  t647[i] = acc;
}
