// kernel k159_reduce
@group(0) @binding(0) var<storage, read> t706: array<f32>;
@group(0) @binding(1) var<storage, read> t177: array<f32>;
@group(0) @binding(2) var<storage, read> t175: array<f32>;
@group(0) @binding(3) var<storage, read_write> t728: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k159_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l707: f32 = t706[row * 2i + col];
    let l177: f32 = t177[row * 2i + col];
    let v725: f32 = l707 * l177;
    let l176: f32 = t175[row];
    let v726: f32 = v725 / l176;
    let v727: f32 = -v726;
    acc0_0 += v727;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t728[row] = r0_0;
  }
}
