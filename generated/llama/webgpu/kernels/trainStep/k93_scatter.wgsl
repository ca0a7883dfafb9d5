// kernel k93_scatter
@group(0) @binding(0) var<storage, read_write> t519: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t434: array<f32>;
@group(0) @binding(3) var<storage, read> t502: array<f32>;
@group(0) @binding(4) var<storage, read> t30: array<f32>;
@group(0) @binding(5) var<storage, read> t513: array<f32>;
@group(0) @binding(6) var<storage, read> t23: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l21: f32 = in_tokens[j];
    if (i32(l21) == i / 64i) {
      let l434: f32 = t434[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l502: f32 = t502[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l31: f32 = t30[j / 64i * 64i + j % 64i];
      let v506: f32 = l502 * l31;
      let v516: f32 = l434 + v506;
      let l514: f32 = t513[j / 64i * 64i + j % 64i];
      let l23: f32 = t23[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v515: f32 = l514 * l23;
      let v517: f32 = v516 + v515;
      let v518: f32 = v517 + v515;
      acc += v518;
    }
  }
  t519[i] = acc;
}
