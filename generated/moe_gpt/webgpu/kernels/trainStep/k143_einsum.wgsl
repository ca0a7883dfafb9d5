// kernel k143_einsum
@group(0) @binding(0) var<storage, read> t705: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t224: array<f32>;
@group(0) @binding(3) var<storage, read_write> t709: array<f32>;
@group(0) @binding(4) var<storage, read> t225: array<f32>;
@group(0) @binding(5) var<storage, read> t223: array<f32>;
@group(0) @binding(6) var<storage, read> t222: array<f32>;
@group(0) @binding(7) var<storage, read_write> t717: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k143_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let tx: i32 = i32(loom_lid.x);
  let ty: i32 = i32(loom_lid.y);
  let batch: i32 = i32(loom_wid.z);
  let row0: i32 = i32(loom_wid.y) * 16i;
  let col0: i32 = i32(loom_wid.x) * 16i;
  let row: i32 = row0 + ty;
  let col: i32 = col0 + tx;
  var acc: f32 = 0.0f;
  for (var t: i32 = 0i; t < 4i; t++) {
    let ka: i32 = t * 16i + tx;
    let kb: i32 = t * 16i + ty;
    if (row < 1024i && ka < 64i) {
      tileA[ty * 16i + tx] = t705[row * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 32i) {
      tileB[ty * 16i + tx] = p_layers_0_moe_shared_mlp_w2_w[kb + col * 64i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1024i && col < 32i) {
    let l224: f32 = t224[row * 32i + col];
    let v709: f32 = acc * l224;
    t709[row * 32i + col] = v709;
    let l225: f32 = t225[row * 32i + col];
    let v708: f32 = acc * l225;
    let l223: f32 = t223[row * 32i + col];
    let v712: f32 = v708 * l223;
    let l222: f32 = t222[row * 32i + col];
    let v713: f32 = v708 * l222;
    let v714: f32 = 1.0f - l223;
    let v715: f32 = l223 * v714;
    let v716: f32 = v713 * v715;
    let v717: f32 = v712 + v716;
    t717[row * 32i + col] = v717;
  }
}
