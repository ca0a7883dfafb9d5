// kernel k158_scatter
@group(0) @binding(0) var<storage, read_write> t723: array<f32>;
@group(0) @binding(1) var<storage, read> t196: array<f32>;
@group(0) @binding(2) var<storage, read> t712: array<f32>;
@group(0) @binding(3) var<storage, read> t720: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 2048i; j++) {
    let l196: f32 = t196[j];
    if (i32(l196) == i / 64i) {
      let l712: f32 = t712[j * 64i + i % 64i];
      let l720: f32 = t720[j * 64i + i % 64i];
      let v722: f32 = l712 + l720;
      acc += v722;
    }
  }
  t723[i] = acc;
}
