// kernel k206c_scatter
@group(0) @binding(0) var<storage, read_write> t957: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206c_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l31: f32 = in_tokens[j];
    if (i32(l31) == i / 64i) {
      let x956: f32 = t956[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      acc += x956;
    }
  }
  t957[i] = acc;
}
